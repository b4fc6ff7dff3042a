//! mistake: `itertools.chain(upper leads, interns)` ported as `.chain(..)` of an iterator of `String`s with one of `&String`s
//! offending: self.interns.iter()
//! category: type
struct Team {
    leads: Vec<String>,
    interns: Vec<String>,
}

impl Team {
    fn roster(&self) -> Vec<String> {
        self.leads.iter().map(|n| n.to_uppercase()).chain(self.interns.iter()).collect()
    }
}

fn main() {
    let t = Team { leads: vec!["ann".into()], interns: vec!["bob".into()] };
    println!("{:?}", t.roster());
}
