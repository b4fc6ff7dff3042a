//! mistake: Python's `or` between two string comparisons (hand-written)
fn main() {
    let files = ["cat.png", "notes.txt", "dog.jpg"];
    let images: Vec<&str> = files
        .iter()
        .copied()
        .filter(|f| f.ends_with(".png") or f.ends_with(".jpg"))
        .collect();
    println!("{images:?}");
}
