//! mistake: a closure that takes a Vec by value and returns an iterator borrowing it (hand-written)
//! offending: v.iter().map(|x| x + 1)
fn main() {
    let bump = |v: Vec<i32>| v.iter().map(|x| x + 1);
    let out: Vec<i32> = bump(vec![1, 2, 3]).collect();
    println!("{out:?}");
}
