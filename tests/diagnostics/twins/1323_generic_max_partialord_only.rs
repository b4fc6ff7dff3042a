//! mistake: a generic loop over `max()` of each row with `T: PartialOrd` only, where `Iterator::max` needs `Ord`
//! offending: max
//! category: type
fn row_maxes<T: PartialOrd + Copy>(rows: &[Vec<T>]) -> Vec<T> {
    let mut out = Vec::new();
    for row in rows {
        out.push(*row.iter().max().unwrap());
    }
    out
}

fn main() {
    println!("{:?}", row_maxes(&[vec![1.5, 2.5], vec![0.5]]));
}
