//! mistake: an `else` after a filter clause, mixing up Python's filter `if` with its conditional expression `a if c else b`
//! offending: else
//! category: syntax
use comprehensions::comp;

struct Student {
    score: i32,
}

struct Class {
    students: Vec<Student>,
}

impl Class {
    fn clamped(&self) -> Vec<i32> {
        comp![s.score for s in &self.students if s.score >= 0 else 0]
    }
}

fn main() {
    let c = Class { students: vec![Student { score: -3 }, Student { score: 90 }] };
    println!("{:?}", c.clamped());
}
