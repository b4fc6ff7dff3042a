//! mistake: a lazy comprehension stored in a struct field typed `std::vec::IntoIter<String>`, as if a generator were the Vec's own iterator
//! offending: comp!((l.trim().to_string() for l in lines))
//! category: type
use comprehensions::comp;

struct Batch {
    pending: std::vec::IntoIter<String>,
}

fn main() {
    let lines = vec![" a ".to_string(), "b ".to_string()];
    let mut batch = Batch { pending: comp!((l.trim().to_string() for l in lines)) };
    println!("{:?}", batch.pending.next());
}
