//! mistake: returns the batch itself from `Iterator::next`, as Python's `__next__` returns the value, instead of `Some(batch)`
//! offending: batch
//! category: type
struct Batches {
    data: Vec<u32>,
    pos: usize,
    size: usize,
}

impl Iterator for Batches {
    type Item = Vec<u32>;
    fn next(&mut self) -> Option<Vec<u32>> {
        if self.pos >= self.data.len() {
            return None;
        }
        let start = self.pos;
        let end = (start + self.size).min(self.data.len());
        self.pos = end;
        let mut batch = Vec::new();
        for x in self.data[start..end].iter().copied() {
            batch.push(x);
        }
        batch
    }
}

fn main() {
    let b = Batches { data: (1..=7).collect(), pos: 0, size: 3 };
    for batch in b {
        println!("{batch:?}");
    }
}
