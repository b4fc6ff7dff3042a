//! mistake: counted a lazy token generator, then collected the same (consumed) generator
//! offending: toks.collect()
//! category: ownership

fn main() {
    let reply = "Sure! I can book that table for four at eight.";
    let toks = reply.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
    let n = toks.count();
    let words: Vec<&str> = toks.collect();
    println!("{n} tokens: {words:?}");
}
