//! mistake: returning an iterator chain whose closure borrows a parameter, without `move` (hand-written)
//! offending: xs.into_iter().map(|x| x * k)
fn scaled(xs: Vec<i32>, k: i32) -> impl Iterator<Item = i32> {
    xs.into_iter().map(|x| x * k)
}

fn main() {
    let v: Vec<i32> = scaled(vec![1, 2, 3], 10).collect();
    println!("{v:?}");
}
