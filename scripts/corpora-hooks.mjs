// Node module hooks so that `tsx` scripts import corpora/ data files the same way the build does.
import { register } from 'node:module'

register('./corpora-loader.mjs', import.meta.url)
