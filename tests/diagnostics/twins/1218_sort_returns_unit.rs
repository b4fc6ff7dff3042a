//! mistake: Python's `sorted([...])` written as `.sort()` on the list: `sort` sorts in place and returns `()`
//! offending: sort()
//! category: python-habit

struct Team {
    members: Vec<(String, u32)>,
}

impl Team {
    fn roster(&self) -> Vec<String> {
        let names: Vec<String> = self.members.iter().map(|(name, _)| name.to_lowercase()).collect::<Vec<_>>().sort();
        names
    }
}

fn main() {
    let team = Team { members: vec![("Zoe".into(), 3), ("adam".into(), 9)] };
    println!("{:?}", team.roster());
}
