//! mistake: summed a lazy comprehension of token counts without saying the sum's type
//! offending: sum()
//! category: type
struct Document {
    tokens: Vec<String>,
}

fn main() {
    let docs = vec![
        Document { tokens: vec!["a".into(), "b".into()] },
        Document { tokens: vec!["c".into(), "d".into(), "e".into()] },
    ];
    let total_tokens = docs.iter().map(|d| d.tokens.len()).sum();
    println!("avg doc length = {}", total_tokens as f64 / docs.len() as f64);
}
