//! mistake: pushed a new bid level into the book while a lazy view over `book.bids` was still alive
//! offending: book.bids.push
//! category: ownership
struct Level {
    price: f64,
    size: u64,
}

struct Book {
    bids: Vec<Level>,
}

fn main() {
    let mut book = Book { bids: vec![Level { price: 99.5, size: 300 }, Level { price: 99.4, size: 0 }] };
    let live = book.bids.iter().filter(|l| l.size > 0).map(|l| l.price);
    book.bids.push(Level { price: 99.6, size: 100 });
    let best = live.fold(f64::MIN, f64::max);
    println!("best bid {best}");
}
