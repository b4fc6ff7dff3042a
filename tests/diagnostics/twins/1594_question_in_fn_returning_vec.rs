//! mistake: `?` on each field's parse in a function that returns a plain `Vec<i64>`, as Python would raise
//! offending: ?
//! category: try
fn parse_row(line: &str) -> Vec<i64> {
    line.split(',').map(|f| f.parse::<i64>()?).collect()
}

fn main() {
    println!("{:?}", parse_row("1,2,3"));
}
