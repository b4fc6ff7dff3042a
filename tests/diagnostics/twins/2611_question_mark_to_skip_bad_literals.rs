//! mistake: used `?` to skip literals that fail to parse, into a plain `Vec`
//! offending: ?
//! category: try
struct Token {
    text: String,
}

fn main() {
    let literals = vec![Token { text: "12".into() }, Token { text: "0x1F".into() }, Token { text: "7".into() }];
    let values: Vec<i64> = literals.iter().map(|t| t.text.parse::<i64>()?).collect();
    println!("{values:?}");
}
