//! mistake: an iterator chain stored in a struct field typed `std::vec::IntoIter<String>` (hand-written)
//! offending: lines.into_iter().map(|l| l.trim().to_string())
struct Batch {
    pending: std::vec::IntoIter<String>,
}

fn main() {
    let lines = vec![" a ".to_string(), "b ".to_string()];
    let mut batch = Batch { pending: lines.into_iter().map(|l| l.trim().to_string()) };
    println!("{:?}", batch.pending.next());
}
