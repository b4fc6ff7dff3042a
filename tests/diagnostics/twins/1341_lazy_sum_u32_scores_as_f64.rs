//! mistake: Python's `sum(s.score for s in self.students) / len(...)` ported as `.sum::<f64>()` of `u32` scores in a chain
//! offending: sum::<f64>
//! category: type
struct Student {
    score: u32,
}

struct Class {
    students: Vec<Student>,
}

impl Class {
    fn mean(&self) -> f64 {
        self.students.iter().map(|s| s.score).sum::<f64>() / self.students.len() as f64
    }
}

fn main() {
    let c = Class { students: vec![Student { score: 80 }, Student { score: 91 }] };
    println!("{}", c.mean());
}
