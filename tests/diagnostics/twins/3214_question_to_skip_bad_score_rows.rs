//! mistake: used `?` expecting it to skip unparsable score rows, in a comprehension expected to be a plain `Vec`
//! offending: ?
//! category: try
fn main() {
    let rows = vec!["3", "x", "1", "postponed"];
    let goals: Vec<u8> = rows.iter().map(|r| r.parse::<u8>()?).collect();
    println!("{goals:?}");
}
