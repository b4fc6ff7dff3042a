//! mistake: `for mut v in ..` with a `v` that is never mutated (hand-written)
fn main() {
    let readings = vec![1.5, 2.5];
    let mut scaled = Vec::new();
    for mut v in readings {
        scaled.push(v * 2.0);
    }
    println!("{scaled:?}");
}
