/**
 * Reading a definition, raw or compiled, before anything else looks at it: JSON text parsed within
 * the size limit, then the bounded walk that rejects hostile input (prototype keys, deep nesting,
 * huge lists, long strings) with the JSON path of each problem.
 */
import { checkJsonShape, DEFAULT_LIMITS as RULE_LIMITS } from '@plaza/eligibility';
import { FlowDefinitionError, FlowLimitError, type FlowLimits } from './errors.js';

export function readInput(input: unknown, limits: FlowLimits): unknown {
  let data = input;
  if (typeof input === 'string') {
    if (input.length > limits.maxNodes * 64)
      throw new FlowLimitError(
        'maxNodes',
        `The definition is ${input.length} characters; at most ${limits.maxNodes * 64} can be read`,
      );
    try {
      data = JSON.parse(input);
    } catch (error) {
      throw new FlowDefinitionError([
        { path: '$', message: `is not valid JSON (${(error as Error).message})` },
      ]);
    }
  }
  const shapeIssues = checkJsonShape(data, {
    ...RULE_LIMITS,
    maxDepth: limits.maxDepth,
    maxNodes: limits.maxNodes,
    maxStringLength: limits.maxStringLength,
  });
  if (shapeIssues.length > 0) throw new FlowDefinitionError(shapeIssues);
  return data;
}
