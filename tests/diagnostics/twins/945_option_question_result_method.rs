//! mistake: `?` on the `Option` of `HashMap::get` in a method returning `Result<_, String>`, as a Python `KeyError` would propagate
//! offending: ?
//! category: try
use std::collections::HashMap;

struct Roster {
    ages: HashMap<String, u32>,
}

impl Roster {
    fn ages_of(&self, names: &[&str]) -> Result<Vec<u32>, String> {
        let mut out = Vec::new();
        for n in names {
            out.push(*self.ages.get(*n)?);
        }
        Ok(out)
    }
}

fn main() {
    let r = Roster { ages: HashMap::from([("ann".to_string(), 31)]) };
    println!("{:?}", r.ages_of(&["ann", "bob"]));
}
