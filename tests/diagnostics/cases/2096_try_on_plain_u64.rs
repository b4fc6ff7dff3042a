//! mistake: put `?` on `e.user_id`, which the API model now declares as a plain `u64` rather than an `Option<u64>`
//! offending: e.user_id?
//! category: try
use comprehensions::comp;

struct Event {
    kind: String,
    user_id: u64,
}

fn actor_ids(events: &[Event]) -> Option<Vec<u64>> {
    comp![e.user_id? for e in events if e.kind == "push"]
}

fn main() {
    let events = vec![Event { kind: "push".into(), user_id: 7 }];
    println!("{:?}", actor_ids(&events));
}
