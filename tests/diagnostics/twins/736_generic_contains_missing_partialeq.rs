//! mistake: filters with `b.contains(x)` on a generic `T` without `T: PartialEq`, as `x in b`
//! offending: contains
//! category: type
fn common<T: Clone>(a: &[T], b: &[T]) -> Vec<T> {
    let mut out = Vec::new();
    for x in a {
        if b.contains(x) {
            out.push(x.clone());
        }
    }
    out
}

fn main() {
    println!("{:?}", common(&[1, 2, 3], &[2, 3, 4]));
}
