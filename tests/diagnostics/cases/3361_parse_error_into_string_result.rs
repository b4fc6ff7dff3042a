//! mistake: used `?` on a `ParseIntError` inside a function returning `Result<_, String>`
//! offending: ?
//! category: try
use comprehensions::comp;

fn parse_citation_counts(rows: &[&str]) -> Result<Vec<u32>, String> {
    comp![row.split(',').nth(1).unwrap_or("").trim().parse::<u32>()? for row in rows]
}

fn main() {
    let rows = ["10.1/a, 12", "10.1/b, n/a"];
    println!("{:?}", parse_citation_counts(&rows));
}
