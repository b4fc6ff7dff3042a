//! mistake: zipping two borrowed Vecs yields (&i32, &i32), collected as Vec<(i32, i32)>
//! offending: (a, b)
//! category: type
use comprehensions::comp;

fn main() {
    let xs = vec![1, 2, 3];
    let ys = vec![4, 5, 6];
    let points: Vec<(i32, i32)> = comp![(a, b) for (a, b) in xs.iter().zip(&ys) if a < b];
    println!("{points:?}");
}
