//! mistake: called a `&mut self` curving method on the gradebook while iterating its own scores
//! offending: book.curve(*raw)
//! category: ownership
struct Gradebook {
    raw_scores: Vec<u32>,
    curved_count: u32,
}

impl Gradebook {
    fn curve(&mut self, raw: u32) -> u32 {
        self.curved_count += 1;
        (raw + 7).min(100)
    }
}

fn main() {
    let mut book = Gradebook { raw_scores: vec![62, 85, 97], curved_count: 0 };
    let mut curved = Vec::new();
    for raw in &book.raw_scores {
        curved.push(book.curve(*raw));
    }
    println!("{curved:?} ({} curved)", book.curved_count);
}
