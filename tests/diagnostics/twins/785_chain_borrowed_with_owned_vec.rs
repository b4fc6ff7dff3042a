//! mistake: chaining an iterator of &i32 with an owned Vec<i32> (items differ)
fn main() {
    let base = vec![1, 2, 3];
    let extra = vec![10, 20];
    let mut all = Vec::new();
    for x in base.iter().chain(extra) {
        all.push(x * 2);
    }
    println!("{all:?}");
}
