//! mistake: inner collects of `Result`s returned as `Option<Vec<Vec<i32>>>`
//! offending: r.split(',').map(|c| c.parse::<i32>()).collect::<Result<Vec<i32>, _>>()
//! category: try
fn table(rows: &[&str]) -> Option<Vec<Vec<i32>>> {
    rows.iter()
        .map(|r| r.split(',').map(|c| c.parse::<i32>()).collect::<Result<Vec<i32>, _>>())
        .collect()
}

fn main() {
    println!("{:?}", table(&["1,2", "3,4"]));
}
