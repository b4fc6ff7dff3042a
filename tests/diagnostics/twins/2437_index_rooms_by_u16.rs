//! mistake: indexed the room list with a `u16` room number instead of a `usize`
//! offending: s.room_no
//! category: type
struct Section {
    course: &'static str,
    room_no: u16,
}

fn main() {
    let rooms = vec!["Gym", "Lab 1", "Lab 2", "Library"];
    let sections = vec![Section { course: "CHEM", room_no: 1 }, Section { course: "PE", room_no: 0 }];
    let schedule: Vec<(&str, &str)> = sections.iter().map(|s| (s.course, rooms[s.room_no])).collect();
    println!("{schedule:?}");
}
