//! mistake: `.sorted()` on a lazy comprehension (Python's `sorted(gen)` as a method; std has no `sorted`)
//! offending: sorted
//! category: python-habit
use comprehensions::comp;

struct Student {
    score: u32,
}

fn main() {
    let students = vec![Student { score: 71 }, Student { score: 93 }];
    let ranking: Vec<u32> = comp!((s.score for s in &students if s.score > 50)).sorted().collect();
    println!("{ranking:?}");
}
