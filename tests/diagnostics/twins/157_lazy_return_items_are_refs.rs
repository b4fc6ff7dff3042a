//! mistake: a function returning `impl Iterator<Item = i32>` that yields `&i32` (hand-written)
//! offending: xs.iter().filter(|x| *x % 2 == 0)
fn evens(xs: &[i32]) -> impl Iterator<Item = i32> + '_ {
    xs.iter().filter(|x| *x % 2 == 0)
}

fn main() {
    let total: i32 = evens(&[1, 2, 3, 4]).sum();
    println!("{total}");
}
