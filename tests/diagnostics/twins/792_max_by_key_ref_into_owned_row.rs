//! mistake: the element returns a reference into a row iterated by value (dropped each iteration)
fn load() -> Vec<Vec<i32>> {
    vec![vec![3, -7, 2], vec![-1, 4]]
}

fn main() {
    let rows = load();
    let mut extremes = Vec::new();
    for row in rows {
        extremes.push(row.iter().max_by_key(|x| x.abs()).unwrap());
    }
    println!("{extremes:?}");
}
