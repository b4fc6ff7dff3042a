//! mistake: tested for a substring with Python's `substring in line`
//! offending: "Out of memory" in line
//! category: python-habit
use comprehensions::comp;

fn main() {
    let dmesg = "[ 12.001] eth0: link up\n[ 980.442] Out of memory: Killed process 4121 (java)\n[ 981.000] audit: backlog limit exceeded";
    let oom_kills = comp![line for line in dmesg.lines() if "Out of memory" in line];
    println!("{} OOM kills", oom_kills.len());
}
