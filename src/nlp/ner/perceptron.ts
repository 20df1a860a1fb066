import { LABEL_COUNT } from './labels.js';
import { NER_RULES } from './viterbi.js';
import { SequencePerceptron } from '../sequence/perceptron.js';

/** The averaged structured perceptron (src/nlp/sequence) with the BILOU labels and their transition rules. */
export class AveragedPerceptron extends SequencePerceptron {
  constructor(bucketBits: number) {
    super(LABEL_COUNT, bucketBits, NER_RULES);
  }
}
