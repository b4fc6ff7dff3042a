//! mistake: grouped listings by agent with an inner `for` that consumes `listings` on every agent
//! offending: listings
//! category: ownership
use std::collections::HashMap;

struct Agent {
    id: u32,
    name: String,
}

struct Listing {
    mls: String,
    agent_id: u32,
}

fn main() {
    let agents = vec![Agent { id: 1, name: "Maria".into() }, Agent { id: 2, name: "Dev".into() }];
    let listings = vec![
        Listing { mls: "IL-1".into(), agent_id: 1 },
        Listing { mls: "IL-2".into(), agent_id: 2 },
        Listing { mls: "IL-3".into(), agent_id: 1 },
    ];
    let mut by_agent: HashMap<String, Vec<String>> = HashMap::new();
    for a in &agents {
        let mut mine = Vec::new();
        for l in listings {
            if l.agent_id == a.id {
                mine.push(l.mls);
            }
        }
        by_agent.insert(a.name.clone(), mine);
    }
    println!("{by_agent:?}");
}
