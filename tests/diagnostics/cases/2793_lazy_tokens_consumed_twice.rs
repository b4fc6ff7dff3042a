//! mistake: counted a lazy token generator, then collected the same (consumed) generator
//! offending: toks.collect()
//! category: ownership
use comprehensions::comp;

fn main() {
    let reply = "Sure! I can book that table for four at eight.";
    let toks = comp!((w.trim_matches(|c: char| !c.is_alphanumeric()) for w in reply.split_whitespace()));
    let n = toks.count();
    let words: Vec<&str> = toks.collect();
    println!("{n} tokens: {words:?}");
}
