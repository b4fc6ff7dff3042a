use std::collections::HashSet;

fn unique<T: Clone>(xs: &[T]) -> HashSet<T> {
    let mut out = HashSet::new();
    for x in xs {
        out.insert(x.clone());
    }
    out
}

fn main() {
    println!("{:?}", unique(&[1, 2, 2, 3]).len());
}
