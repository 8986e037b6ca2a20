package dateline.actor;

import java.util.List;
import java.util.Objects;

/**
 * One dictionary entry: an actor (person, organisation, country) or an agent (a sector word such as "troops").
 *
 * @param name    canonical name ("Hassan Rouhani", "troops")
 * @param aliases other ways of writing it ("Rouhani", "Hasan Rowhani"), not including {@code name}
 * @param roles   its codes; an agent's codes all contain '~'
 * @param source  where it was defined, "file:line", shown to users as the evidence for a code
 */
public record DictionaryEntry(String name, List<String> aliases, List<Role> roles, String source) {
    public DictionaryEntry {
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("entry " + name + " has no code");
        }
        boolean agent = roles.get(0).isAgent();
        for (Role r : roles) {
            if (r.isAgent() != agent) {
                throw new IllegalArgumentException("entry " + name + " mixes agent (~) and actor codes");
            }
        }
    }

    /** True for sector words ("troops", "prime minister") that take their country from a neighbouring word. */
    public boolean isAgent() {
        return roles.get(0).isAgent();
    }
}
