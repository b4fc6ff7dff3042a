//! mistake: `?` on the `Option` of a missing CSV column in a function that returns `Result<_, String>`
//! offending: row.get(1)?
//! category: try
fn second_col(rows: &[Vec<String>]) -> Result<Vec<u32>, String> {
    let mut out = Vec::new();
    for row in rows {
        out.push(row.get(1)?.parse::<u32>().map_err(|e| e.to_string())?);
    }
    Ok(out)
}

fn main() {
    let rows = vec![vec!["a".to_string(), "1".to_string()]];
    println!("{:?}", second_col(&rows));
}
