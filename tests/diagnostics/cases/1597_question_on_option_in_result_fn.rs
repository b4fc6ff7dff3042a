//! mistake: `?` on the `Option` of a missing CSV column in a function that returns `Result<_, String>`
//! offending: row.get(1)?
//! category: try
use comprehensions::comp;

fn second_col(rows: &[Vec<String>]) -> Result<Vec<u32>, String> {
    comp![row.get(1)?.parse::<u32>().map_err(|e| e.to_string())? for row in rows]
}

fn main() {
    let rows = vec![vec!["a".to_string(), "1".to_string()]];
    println!("{:?}", second_col(&rows));
}
