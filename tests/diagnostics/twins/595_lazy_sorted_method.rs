//! mistake: `.sorted()` on an iterator chain (std has no `sorted`) (hand-written)
struct Student {
    score: u32,
}

fn main() {
    let students = vec![Student { score: 71 }, Student { score: 93 }];
    let ranking: Vec<u32> = students.iter().filter(|s| s.score > 50).map(|s| s.score).sorted().collect();
    println!("{ranking:?}");
}
