//! mistake: a nested dict/set comprehension over `&groups` producing `&String` keys where the annotation says `String`
//! offending: team
//! category: type
use comprehensions::comp;
use std::collections::{HashMap, HashSet};

fn main() {
    let mut groups: HashMap<String, Vec<String>> = HashMap::new();
    groups.insert("infra".into(), vec!["ann".into(), "bob".into(), "ann".into()]);
    let members: HashMap<String, HashSet<String>> = comp!({team: {m.clone() for m in ms} for team, ms in &groups});
    println!("{members:?}");
}
