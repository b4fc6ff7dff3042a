//! mistake: `itertools.chain(upper leads, interns)` ported as `.chain(..)` of a lazy form of `String`s with one of `&String`s
//! offending: comp!((n for n in &self.interns))
//! category: type
use comprehensions::comp;

struct Team {
    leads: Vec<String>,
    interns: Vec<String>,
}

impl Team {
    fn roster(&self) -> Vec<String> {
        comp!((n.to_uppercase() for n in &self.leads)).chain(comp!((n for n in &self.interns))).collect()
    }
}

fn main() {
    let t = Team { leads: vec!["ann".into()], interns: vec!["bob".into()] };
    println!("{:?}", t.roster());
}
