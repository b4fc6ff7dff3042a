//! mistake: returning one of two iterator chains with different closures from `if`/`else` as one `impl Iterator` (hand-written)
//! offending: xs.into_iter().filter(|x| x % 2 == 1)
fn pick(xs: Vec<i32>, evens: bool) -> impl Iterator<Item = i32> {
    if evens {
        xs.into_iter().filter(|x| x % 2 == 0)
    } else {
        xs.into_iter().filter(|x| x % 2 == 1)
    }
}

fn main() {
    let v: Vec<i32> = pick(vec![1, 2, 3], true).collect();
    println!("{v:?}");
}
