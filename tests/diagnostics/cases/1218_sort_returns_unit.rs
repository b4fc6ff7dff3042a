//! mistake: Python's `sorted([...])` written as `.sort()` on the list: `sort` sorts in place and returns `()`
//! offending: sort()
//! category: python-habit
use comprehensions::comp;

struct Team {
    members: Vec<(String, u32)>,
}

impl Team {
    fn roster(&self) -> Vec<String> {
        let names: Vec<String> = comp![name.to_lowercase() for (name, _) in &self.members].sort();
        names
    }
}

fn main() {
    let team = Team { members: vec![("Zoe".into(), 3), ("adam".into(), 9)] };
    println!("{:?}", team.roster());
}
