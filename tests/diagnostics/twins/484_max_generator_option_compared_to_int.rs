//! mistake: max(..) of a nested generator is an Option<&i32>, compared directly with an integer
//! offending: > 90
//! category: type

fn main() {
    let table: Vec<(&str, Vec<i32>)> = vec![("ann", vec![88, 95]), ("bob", vec![70, 60])];
    let mut stars = Vec::new();
    for (name, scores) in &table {
        if Iterator::max(scores.iter()) > 90 {
            stars.push(*name);
        }
    }
    println!("{stars:?}");
}
