//! mistake: a chained comparison on a `u32` field with a float bound, `self.min_age <= p.age < 65.0`
//! offending: 65.0
//! category: type
struct Person {
    name: String,
    age: u32,
}

struct Census {
    people: Vec<Person>,
    min_age: u32,
}

impl Census {
    fn working_age(&self) -> Vec<String> {
        let mut out = Vec::new();
        for p in &self.people {
            if self.min_age <= p.age && p.age < 65.0 {
                out.push(p.name.clone());
            }
        }
        out
    }
}

fn main() {
    let c = Census {
        people: vec![Person { name: "ana".into(), age: 30 }, Person { name: "bo".into(), age: 70 }],
        min_age: 18,
    };
    println!("{:?}", c.working_age());
}
