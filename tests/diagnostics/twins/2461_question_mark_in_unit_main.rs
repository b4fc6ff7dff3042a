//! mistake: used `?` on the fallible collect inside a `main` that returns `()`
//! offending: ?;
//! category: try
fn main() {
    let csv_ids = "4401, 4402, 44O3";
    let ids = csv_ids.split(',').map(|cell| cell.trim().parse::<u32>()).collect::<Result<Vec<u32>, _>>()?;
    println!("loaded {} student ids", ids.len());
}
