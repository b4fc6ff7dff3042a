//! mistake: Python's slice `line[1:]` (hand-written)
fn main() {
    let lines = vec!["-rw foo", "drw bar"];
    let modes: Vec<&str> = lines.iter().map(|line| line[1:]).collect();
    println!("{modes:?}");
}
