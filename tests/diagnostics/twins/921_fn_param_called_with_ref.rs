//! mistake: called an `F: Fn(i64) -> i64` parameter with the `&i64` that iterating a slice yields
//! offending: f(x)
//! category: type
fn apply_all<F: Fn(i64) -> i64>(f: F, xs: &[i64]) -> Vec<i64> {
    xs.iter().map(|x| f(x)).collect()
}

fn main() {
    println!("{:?}", apply_all(|v| v * 3, &[1, 2, 3]));
}
