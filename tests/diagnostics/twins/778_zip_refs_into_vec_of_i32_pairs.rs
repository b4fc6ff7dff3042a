//! mistake: zipping two borrowed Vecs yields (&i32, &i32), collected as Vec<(i32, i32)>
fn main() {
    let xs = vec![1, 2, 3];
    let ys = vec![4, 5, 6];
    let mut points: Vec<(i32, i32)> = Vec::new();
    for (a, b) in xs.iter().zip(&ys) {
        if a < b {
            points.push((a, b));
        }
    }
    println!("{points:?}");
}
