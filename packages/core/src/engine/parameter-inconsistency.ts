/**
 * Thrown by a rule whose parameters, each valid alone, contradict each other on the date (such as a
 * minimum grade missing from the grade order). The engine reports it as a `parameter-inconsistent`
 * rule error naming the parameters, and the rule yields nothing: an inconsistent policy never passes.
 *
 * @category Engine
 * @example
 * const e = new ParameterInconsistency(["focalPointMinimumGrade", "gradeOrder"], "the minimum grade is not in the grade order");
 * e.parameterIds; // ["focalPointMinimumGrade", "gradeOrder"]
 */
export class ParameterInconsistency extends Error {
  readonly parameterIds: readonly string[];
  constructor(parameterIds: readonly string[], message: string) {
    super(message);
    this.name = "ParameterInconsistency";
    this.parameterIds = parameterIds;
  }
}
