//! mistake: a returned lazy `comp!(move ..)` iterates an owned `Vec` parameter (`ys`) by value in its inner `for`, once per outer item
//! offending: ys
//! category: ownership
use comprehensions::comp;

fn pairs(xs: &[i32], ys: Vec<i32>) -> impl Iterator<Item = (i32, i32)> + '_ {
    comp!(move ((*x, y) for x in xs for y in ys if *x != y))
}

fn main() {
    let xs = vec![1, 2];
    let v: Vec<(i32, i32)> = pairs(&xs, vec![2, 3]).collect();
    println!("{v:?}");
}
